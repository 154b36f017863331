#pragma once

#include "core/scoremodel.h"

#include <QList>
#include <QString>

#include <optional>

// The score inputs' oracle: the definitions in store/scoreinputsrepository.h written again as plain C++ over
// plain facts, in the most direct way, for the tests to check the store's SQL (and the app's numbers) against.
// Not part of the product: the product has one implementation, the SQL.
namespace anxin::test {

struct TicketFacts
{
    QString id;
    int type = 0;   // aftersale_type
    int status = 0; // aftersale_status
    int reasonCode = 0;
    qint64 applyTime = 0;
    qint64 finalTime = 0;      // 0 = open
    qint64 statusDeadline = 0; // 0 = none known
    int arbitrateStatus = 0;
    bool exempt = false;
    bool express = false;
    bool platformAutoDecided = false; // auto_audit_bits contains 2 (the platform decided the last step)
};

struct OrderFacts
{
    QString id;
    int status = 0; // order_status; 4 = cancelled
    qint64 payTime = 0;
    qint64 expShipTime = 0;
    qint64 shipTime = 0;
    qint64 pickupTime = 0;
    qint64 signTime = 0;
};

core::MetricInputs accumulateInputs(const QList<TicketFacts> &tickets, const QList<OrderFacts> &orders,
                                    const core::InputsQuery &query);

// Median of plain values (mean of the two middle ones for an even count); nullopt for none.
std::optional<double> median(QList<double> values);

} // namespace anxin::test
