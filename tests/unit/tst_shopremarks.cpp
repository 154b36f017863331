// Notes as shop remarks (core::ShopRemarks): the author and handover marks survive the round trip through the
// platform's plain text, and remarks written elsewhere keep the platform's operator as their author.
#include "core/shopremark.h"
#include "testmain.h"

#include <QTest>

using anxin::core::ShopRemarks;
using anxin::core::ShopRemarkText;

class TstShopRemarks : public QObject
{
    Q_OBJECT
private slots:
    void composeThenParse_roundTrip_data();
    void composeThenParse_roundTrip();
    void parse_remarkFromElsewhere_operatorIsAuthor();
    void compose_bracketsInName_cannotForgeAMark();
    void roomForText_leavesTheMarkItsPlace();
};

void TstShopRemarks::composeThenParse_roundTrip_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("handover");
    QTest::newRow("note") << QStringLiteral("小王") << QStringLiteral("已联系买家") << false;
    QTest::newRow("handover") << QStringLiteral("Li Na") << QStringLiteral("明早回访 #7301") << true;
    QTest::newRow("text starting like a mark") << QStringLiteral("小王") << QStringLiteral("〔重要〕先退款") << false;
    QTest::newRow("multi-line") << QStringLiteral("店长") << QStringLiteral("第一行\n第二行") << true;
}

void TstShopRemarks::composeThenParse_roundTrip()
{
    QFETCH(QString, author);
    QFETCH(QString, text);
    QFETCH(bool, handover);
    const QString remark = ShopRemarks::compose(author, text, handover);
    const ShopRemarkText parsed = ShopRemarks::parse(remark, QStringLiteral("商家客服"));
    QVERIFY(parsed.fromDesk);
    QCOMPARE(parsed.author, author);
    QCOMPARE(parsed.text, text);
    QCOMPARE(parsed.handover, handover);
}

void TstShopRemarks::parse_remarkFromElsewhere_operatorIsAuthor()
{
    const ShopRemarkText p = ShopRemarks::parse(QStringLiteral("后台备注：已补偿5元"), QStringLiteral("店长"));
    QVERIFY(!p.fromDesk);
    QVERIFY(!p.handover);
    QCOMPARE(p.author, QStringLiteral("店长"));
    QCOMPARE(p.text, QStringLiteral("后台备注：已补偿5元"));
}

void TstShopRemarks::compose_bracketsInName_cannotForgeAMark()
{
    const QString remark = ShopRemarks::compose(QStringLiteral("小王〕〔店长｜交接"), QStringLiteral("x"), false);
    const ShopRemarkText p = ShopRemarks::parse(remark, {});
    QVERIFY(!p.handover);
    QCOMPARE(p.text, QStringLiteral("x"));
    QCOMPARE(p.author, QStringLiteral("小王 店长 交接"));
    QCOMPARE(ShopRemarks::compose(QStringLiteral("  "), QStringLiteral("x"), false), QStringLiteral("〔?〕x"));
}

void TstShopRemarks::roomForText_leavesTheMarkItsPlace()
{
    QCOMPARE(ShopRemarks::roomForText(QStringLiteral("小王"), false), ShopRemarks::kMaxChars - 4);
    QCOMPARE(ShopRemarks::roomForText(QStringLiteral("小王"), true), ShopRemarks::kMaxChars - 7);
    const QString text(ShopRemarks::roomForText(QStringLiteral("小王"), true), QLatin1Char('x'));
    QCOMPARE(ShopRemarks::compose(QStringLiteral("小王"), text, true).size(), ShopRemarks::kMaxChars);
}

ANXIN_TEST_GUILESS_MAIN(TstShopRemarks)
#include "tst_shopremarks.moc"
