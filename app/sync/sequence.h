#pragma once

#include <QList>

#include <functional>
#include <memory>

namespace anxin::sync {

// Runs `each(item, next)` over `items` one after another (each may finish asynchronously by calling
// `next`), then `then()`. Keeps the chain alive by itself; nothing to clean up.
template <class T>
void runSequentially(QList<T> items, std::function<void(const T &, std::function<void()>)> each,
                     std::function<void()> then)
{
    auto list = std::make_shared<QList<T>>(std::move(items));
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    *step = [list, step, each = std::move(each), then = std::move(then)](qsizetype i) {
        if (i >= list->size()) {
            auto keep = step; // `then` may start another chain; release this one first
            *step = nullptr;
            then();
            return;
        }
        each(list->at(i), [step, i] {
            if (*step)
                (*step)(i + 1);
        });
    };
    (*step)(0);
}

} // namespace anxin::sync
