#include "core/settings.h"
#include "testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace anxin::core;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void get_unset_returnsDefault()
    {
        QTemporaryDir tmp;
        Settings s(tmp.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(s.get(keys::lastPage), QStringLiteral("workbench"));
        QCOMPARE(s.get(keys::signMethod), QStringLiteral("md5"));
        QVERIFY(s.get(keys::gateway).isEmpty());
    }
    void set_thenReopen_persists()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("settings.ini"));
        {
            Settings s(path);
            s.set(keys::language, QStringLiteral("zh_TW"));
            s.set(keys::windowGeometry, QByteArray("\x01\x02\x03", 3));
            s.sync();
        }
        Settings s(path);
        QCOMPARE(s.get(keys::language), QStringLiteral("zh_TW"));
        QCOMPARE(s.get(keys::windowGeometry), QByteArray("\x01\x02\x03", 3));
        QVERIFY(QFile::exists(path));
    }
};

ANXIN_TEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
