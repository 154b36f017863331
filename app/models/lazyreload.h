#pragma once

namespace anxin::models {

// "Reload when shown", in one place: a reload asked for while the view is hidden is remembered and done once,
// when the view is shown again; a hidden view costs nothing however often the cache changes.
//     if (m_lazy.wanted()) reload();           // the cache changed, or the filter
//     if (m_lazy.setActive(shown)) reload();   // the page was shown or hidden
class LazyReload
{
public:
    // Inactive: starts with a reload remembered, done when first made active.
    explicit LazyReload(bool active = true)
        : m_active(active)
        , m_stale(!active)
    {}
    // A reload is asked for: true when it is to run now; false when it is remembered for the next activation.
    bool wanted()
    {
        m_stale = !m_active;
        return m_active;
    }
    // True when made active with a reload remembered: run it now.
    bool setActive(bool active)
    {
        m_active = active;
        if (!active || !m_stale)
            return false;
        m_stale = false;
        return true;
    }
    bool isActive() const { return m_active; }
    bool isStale() const { return m_stale; }

private:
    bool m_active;
    bool m_stale;
};

} // namespace anxin::models
