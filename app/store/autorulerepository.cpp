#include "store/autorulerepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Error;

namespace {

const char *kColumns = "id, name, kind, max_amount_fen, min_photos, max_buyer_claims_90d, mode";

core::AutoRule readRule(const QSqlQuery &q)
{
    core::AutoRule r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.kind = q.value(2).toString() == QLatin1String("allergy") ? core::ClaimKind::Allergy : core::ClaimKind::Fresh;
    r.maxAmountFen = q.value(3).toLongLong();
    r.minPhotos = q.value(4).toInt();
    r.maxBuyerClaims90d = q.value(5).toInt();
    if (!core::ruleModeFromKey(q.value(6).toString(), &r.mode))
        r.mode = core::RuleMode::Off; // an unknown mode never acts
    return r;
}

core::Result<std::optional<core::AutoRule>> one(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<core::AutoRule>{};
    return std::optional<core::AutoRule>{readRule(q.value())};
}

} // namespace

core::Result<QList<core::AutoRule>> AutoRuleRepository::list() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM auto_rules ORDER BY name").arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    QList<core::AutoRule> out;
    while (q.value().next())
        out << readRule(q.value());
    return out;
}

core::Result<std::optional<core::AutoRule>> AutoRuleRepository::get(qint64 id) const
{
    return one(
        runQuery(m_db, QStringLiteral("SELECT %1 FROM auto_rules WHERE id = ?").arg(QLatin1String(kColumns)), {id}));
}

core::Result<std::optional<core::AutoRule>> AutoRuleRepository::byName(const QString &name) const
{
    return one(runQuery(m_db, QStringLiteral("SELECT %1 FROM auto_rules WHERE name = ?").arg(QLatin1String(kColumns)),
                        {name}));
}

core::Result<qint64> AutoRuleRepository::save(WriteTransaction &tx, const core::AutoRule &rule, const QString &by,
                                              qint64 now)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("save needs an active write transaction"));
    auto clash = byName(rule.name);
    if (!clash)
        return clash.error();
    if (clash.value() && clash.value()->id != rule.id)
        return Error::coded(Error::Kind::Conflict, "rule.name_taken", {rule.name},
                            QStringLiteral("a rule named %1 exists already").arg(rule.name));
    const QVariantList values{rule.name,
                              QLatin1String(core::claimKindKey(rule.kind)),
                              rule.maxAmountFen,
                              rule.minPhotos,
                              rule.maxBuyerClaims90d,
                              QLatin1String(core::ruleModeKey(rule.mode)),
                              by,
                              now};
    if (rule.id == 0) {
        auto r = runStatement(m_db,
                              QStringLiteral("INSERT INTO auto_rules (name, kind, max_amount_fen, min_photos, "
                                             "max_buyer_claims_90d, mode, created_by, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              values);
        if (!r)
            return r.error();
        auto id = runQuery(m_db, QStringLiteral("SELECT last_insert_rowid()"));
        if (!id)
            return id.error();
        id.value().next();
        return id.value().value(0).toLongLong();
    }
    QVariantList binds = values;
    binds << rule.id;
    auto r =
        runStatement(m_db,
                     QStringLiteral("UPDATE auto_rules SET name = ?, kind = ?, max_amount_fen = ?, min_photos = ?, "
                                    "max_buyer_claims_90d = ?, mode = ?, created_by = ?, updated_at = ? "
                                    "WHERE id = ?"),
                     binds);
    if (!r)
        return r.error();
    if (r.value() == 0)
        return Error::coded(Error::Kind::NotFound, "rule.missing", {},
                            QStringLiteral("rule %1 does not exist").arg(rule.id));
    return rule.id;
}

core::Status AutoRuleRepository::remove(WriteTransaction &tx, qint64 id)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("remove needs an active write transaction"));
    auto r = runStatement(m_db, QStringLiteral("DELETE FROM auto_rules WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (r.value() == 0)
        return Error::coded(Error::Kind::NotFound, "rule.missing", {},
                            QStringLiteral("rule %1 does not exist").arg(id));
    return {};
}

} // namespace anxin::store
