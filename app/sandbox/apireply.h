#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace anxin::sandbox {

// One platform answer: the envelope {code, msg, sub_code, sub_msg, log_id, data} (contract §3).
struct ApiReply
{
    int code = 10000;
    QString subCode;
    QString subMsg;
    QJsonObject data;
    int delayMs = 0; // answer later (a refresh holds its token for the "in progress" window)

    bool ok() const { return code == 10000; }
    static ApiReply success(QJsonObject data = {});
    static ApiReply error(int code, QString subCode, QString subMsg);
    static ApiReply invalidParam(const QString &field, const QString &subMsg);
    static ApiReply missingParam(const QString &field);
    static QString messageFor(int code);
    QByteArray envelope(const QString &logId) const;
};

} // namespace anxin::sandbox
