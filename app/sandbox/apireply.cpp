#include "sandbox/apireply.h"

#include <QJsonDocument>

namespace anxin::sandbox {

ApiReply ApiReply::success(QJsonObject data)
{
    ApiReply r;
    r.data = std::move(data);
    return r;
}

ApiReply ApiReply::error(int code, QString subCode, QString subMsg)
{
    ApiReply r;
    r.code = code;
    r.subCode = std::move(subCode);
    r.subMsg = std::move(subMsg);
    return r;
}

ApiReply ApiReply::invalidParam(const QString &field, const QString &subMsg)
{
    return error(40004, QStringLiteral("isv.parameter-invalid:") + field, subMsg);
}

ApiReply ApiReply::missingParam(const QString &field)
{
    return error(40002, QStringLiteral("isv.missing-parameter:") + field, QStringLiteral("缺少必选参数 ") + field);
}

QString ApiReply::messageFor(int code)
{
    switch (code) {
    case 10000:
        return QStringLiteral("success");
    case 10001:
        return QStringLiteral("部分成功");
    case 20000:
        return QStringLiteral("服务不可用");
    case 20001:
        return QStringLiteral("服务内部超时");
    case 30001:
        return QStringLiteral("授权不存在或已失效");
    case 30002:
        return QStringLiteral("IP 不在白名单中");
    case 40001:
        return QStringLiteral("缺少必选参数");
    case 40002:
        return QStringLiteral("缺少必选参数");
    case 40003:
        return QStringLiteral("无效的平台参数");
    case 40004:
        return QStringLiteral("非法的业务参数");
    case 11001:
        return QStringLiteral("该操作不支持通过开放平台处理");
    case 50002:
        return QStringLiteral("业务处理失败");
    case 60000:
        return QStringLiteral("调用频率超限");
    default:
        return QStringLiteral("未知错误");
    }
}

QByteArray ApiReply::envelope(const QString &logId) const
{
    const QJsonObject o{{QStringLiteral("code"), code},        {QStringLiteral("msg"), messageFor(code)},
                        {QStringLiteral("sub_code"), subCode}, {QStringLiteral("sub_msg"), subMsg},
                        {QStringLiteral("log_id"), logId},     {QStringLiteral("data"), data}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace anxin::sandbox
