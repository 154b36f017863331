#pragma once

#include <QList>

#include <functional>
#include <memory>

namespace anxin::sync {

// Runs `each(item, next)` over `items` one after another (each may finish asynchronously, or at once, by
// calling `next`), then `then()`. The chain is kept alive by the pending `next` callbacks only: it never
// destroys a function while that function is running.
template <class T>
void runSequentially(QList<T> items, std::function<void(const T &, std::function<void()>)> each,
                     std::function<void()> then)
{
    struct Chain
    {
        QList<T> items;
        std::function<void(const T &, std::function<void()>)> each;
        std::function<void()> then;
    };
    auto chain = std::make_shared<Chain>(Chain{std::move(items), std::move(each), std::move(then)});
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    std::weak_ptr<std::function<void(qsizetype)>> weak = step;
    *step = [chain, weak](qsizetype i) {
        if (i >= chain->items.size()) {
            chain->then();
            return;
        }
        auto self = weak.lock();
        chain->each(chain->items.at(i), [self, i] { (*self)(i + 1); });
    };
    (*step)(0);
}

} // namespace anxin::sync
