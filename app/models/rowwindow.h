#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>

namespace anxin::models {

// The one windowed row cache of the list models: a list of any length is read in blocks of `block` rows on
// demand and at most `maxBlocks` blocks are kept (the least recently used is dropped), so a million rows cost a
// few MB. A block that follows a loaded, full block is read by keyset from that block's last row, which costs
// what the first block costs however deep the list is scrolled; any other block (a jump with the scroll bar)
// by offset.
//   read(const Row *after, int offset, int limit) -> core::Result<QList<Row>>
//       after != nullptr: the `limit` rows after *after (offset unused); otherwise `limit` rows from `offset`.
template <class Row>
class RowWindow
{
public:
    RowWindow(int block, int maxBlocks)
        : m_block(block)
        , m_maxBlocks(maxBlocks)
    {}

    int blockSize() const { return m_block; }

    void clear()
    {
        m_blocks.clear();
        m_lru.clear();
    }
    // The first block, read elsewhere (with a count, off the UI thread).
    void setFirst(QList<Row> rows)
    {
        clear();
        m_blocks.insert(0, std::move(rows));
        m_lru.append(0);
    }
    // The rows of block 0 as they are, when loaded.
    const QList<Row> *first() const
    {
        const auto it = m_blocks.constFind(0);
        return it == m_blocks.cend() ? nullptr : &*it;
    }
    // Row `row`, reading its block when it is not kept; nullptr past the rows read, or when the read fails (then
    // `error` says why).
    template <class Read>
    const Row *at(int row, Read &&read, core::Error &error)
    {
        if (row < 0)
            return nullptr;
        const int block = row / m_block;
        auto it = m_blocks.find(block);
        if (it == m_blocks.end()) {
            const auto previous = m_blocks.constFind(block - 1);
            core::Result<QList<Row>> rows = block > 0 && previous != m_blocks.cend() && previous->size() == m_block
                                                ? read(&previous->constLast(), 0, m_block)
                                                : read(static_cast<const Row *>(nullptr), block * m_block, m_block);
            if (!rows) {
                error = rows.error();
                return nullptr;
            }
            if (m_lru.size() >= m_maxBlocks)
                m_blocks.remove(m_lru.takeFirst());
            it = m_blocks.insert(block, std::move(rows).value());
            m_lru.append(block);
        } else if (m_lru.constLast() != block) {
            m_lru.removeOne(block);
            m_lru.append(block);
        }
        const int offset = row % m_block;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }
    // The row number of the first kept row `pred` accepts; -1 when none.
    template <class Pred>
    int find(Pred &&pred) const
    {
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
            for (int i = 0; i < it->size(); ++i) {
                if (pred(it->at(i)))
                    return it.key() * m_block + i;
            }
        }
        return -1;
    }
    // The list shrank to `count` rows: blocks past the end hold nothing a view may ask for again.
    void truncate(int count)
    {
        for (auto it = m_blocks.begin(); it != m_blocks.end();) {
            if (it.key() * m_block >= count) {
                m_lru.removeOne(it.key());
                it = m_blocks.erase(it);
            } else {
                ++it;
            }
        }
    }

private:
    int m_block;
    int m_maxBlocks;
    QHash<int, QList<Row>> m_blocks;
    QList<int> m_lru;
};

} // namespace anxin::models
