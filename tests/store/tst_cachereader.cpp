// CacheReader: jobs on the reader's thread with its own read-only connection, replies on the owner's thread,
// only the newest request answered, a running statement interrupted, an unopenable cache reported.
#include "models/cachereader.h"
#include "store/ticketrepository.h"
#include "tempdb.h"
#include "testmain.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace anxin;
using models::CacheReader;

class TstCacheReader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void post_readsOnItsThread_replyOnOwnersThread();
    void post_whileOneRuns_onlyNewestAnswers_queuedOnesDropped();
    void post_interrupt_stopsARunningStatement();
    void post_interrupt_beforeTheStatementBegins_stopsItToo();
    void cancel_runningReplyNeverDelivered();
    void missingFile_jobGetsTheOpenError();
    void destroyedWithReplyInFlight_nothingDelivered();
    void postWithProgress_notesBeforeTheReply_supersededNotesDropped();

private:
    std::unique_ptr<test::TempDb> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QObject> m_owner;
};

void TstCacheReader::init()
{
    m_temp = std::make_unique<test::TempDb>();
    m_db = std::make_unique<store::Database>();
    ANXIN_VERIFY_OK(m_temp->open(*m_db));
    QList<store::TicketRecord> tickets;
    for (int i = 0; i < 10; ++i)
        tickets << test::makeTicket(QString::number(1000 + i), 1700000000 + i);
    ANXIN_VERIFY_OK(store::TicketRepository(*m_db).upsertBatch(tickets));
    m_owner = std::make_unique<QObject>();
}

void TstCacheReader::cleanup()
{
    m_owner.reset();
    m_db.reset();
    m_temp.reset();
}

void TstCacheReader::post_readsOnItsThread_replyOnOwnersThread()
{
    auto *reader = new CacheReader(m_temp->path(), QStringLiteral("test-reader"), m_owner.get());
    QThread *jobThread = nullptr;
    QThread *replyThread = nullptr;
    int count = -1;
    bool readOnly = false;
    qint64 cacheSize = 0;
    reader->post([&](const core::Result<store::Database *> &db) -> CacheReader::Reply {
        jobThread = QThread::currentThread();
        if (!db)
            return {};
        readOnly = db.value()->isReadOnly();
        cacheSize = test::TempDb::scalar(*db.value(), QStringLiteral("PRAGMA cache_size")).toLongLong();
        const int n = store::TicketRepository(*db.value()).count({}).valueOr(-2);
        return [&, n] {
            replyThread = QThread::currentThread();
            count = n;
        };
    });
    QTRY_COMPARE(count, 10);
    QVERIFY(jobThread && jobThread != QThread::currentThread());
    QCOMPARE(jobThread->objectName(), QStringLiteral("test-reader"));
    QCOMPARE(replyThread, QThread::currentThread());
    QVERIFY(readOnly);
    QCOMPARE(cacheSize, -16384); // 16 MB of page cache per reader, not the UI connection's 64 MB
}

void TstCacheReader::post_whileOneRuns_onlyNewestAnswers_queuedOnesDropped()
{
    auto *reader = new CacheReader(m_temp->path(), QStringLiteral("test-reader"), m_owner.get());
    QSemaphore started;
    QSemaphore release;
    std::atomic<int> ran{0};
    QStringList replies;
    auto job = [&](const QString &name, bool block) {
        return [&, name, block](const core::Result<store::Database *> &) -> CacheReader::Reply {
            ++ran;
            if (block) {
                started.release();
                release.acquire();
            }
            return [&, name] { replies << name; };
        };
    };
    reader->post(job(QStringLiteral("first"), true));
    started.acquire(); // the first is running
    reader->post(job(QStringLiteral("second"), false));
    reader->post(job(QStringLiteral("third"), false)); // takes the second's place in the queue
    release.release();
    QTRY_COMPARE(replies, QStringList{QStringLiteral("third")});
    QCOMPARE(ran.load(), 2); // first and third; the second never ran
    QTest::qWait(50);
    QCOMPARE(replies, QStringList{QStringLiteral("third")});
}

void TstCacheReader::post_interrupt_stopsARunningStatement()
{
    auto *reader = new CacheReader(m_temp->path(), QStringLiteral("test-reader"), m_owner.get());
    QSemaphore started;
    std::atomic<bool> interrupted{false};
    // Counts to 10^12: never ends unless SQLite is interrupted (the test's timeout would fail it).
    reader->post([&](const core::Result<store::Database *> &db) -> CacheReader::Reply {
        core::Status st;
        QSqlQuery q = db.value()->prepare(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                                         "FROM n WHERE i < 1000000000000) SELECT count(*) FROM n"),
                                          &st);
        started.release();
        interrupted = st.ok() && !q.exec();
        return [] { QFAIL("an interrupted request must not answer"); };
    });
    started.acquire();
    bool answered = false;
    reader->post(
        [&](const core::Result<store::Database *> &) -> CacheReader::Reply { return [&] { answered = true; }; }, true);
    QTRY_VERIFY(answered);
    QVERIFY(interrupted.load());
}

// The stop may come while the job is between statements: the next one it starts ends at once all the same.
void TstCacheReader::post_interrupt_beforeTheStatementBegins_stopsItToo()
{
    auto *reader = new CacheReader(m_temp->path(), QStringLiteral("test-reader"), m_owner.get());
    QSemaphore started;
    QSemaphore go;
    std::atomic<bool> interrupted{false};
    reader->post([&](const core::Result<store::Database *> &db) -> CacheReader::Reply {
        started.release();
        go.acquire(); // the newer request (with interrupt) is posted now, before the statement runs
        QSqlQuery q(db.value()->connection());
        interrupted = !q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                             "WHERE i < 1000000000000) SELECT count(*) FROM n"));
        return [] { QFAIL("an interrupted request must not answer"); };
    });
    started.acquire();
    bool answered = false;
    reader->post(
        [&](const core::Result<store::Database *> &) -> CacheReader::Reply { return [&] { answered = true; }; }, true);
    go.release();
    QTRY_VERIFY(answered);
    QVERIFY(interrupted.load());
}

void TstCacheReader::cancel_runningReplyNeverDelivered()
{
    auto *reader = new CacheReader(m_temp->path(), QStringLiteral("test-reader"), m_owner.get());
    QSemaphore started;
    QSemaphore release;
    QStringList replies;
    reader->post([&](const core::Result<store::Database *> &) -> CacheReader::Reply {
        started.release();
        release.acquire();
        return [&] { replies << QStringLiteral("cancelled"); };
    });
    started.acquire();
    reader->cancel();
    release.release();
    // Replies come in order: once the next one is here, the cancelled one would have come first.
    reader->post([&](const core::Result<store::Database *> &) -> CacheReader::Reply {
        return [&] { replies << QStringLiteral("next"); };
    });
    QTRY_VERIFY(!replies.isEmpty());
    QCOMPARE(replies, QStringList{QStringLiteral("next")});
}

void TstCacheReader::missingFile_jobGetsTheOpenError()
{
    QTemporaryDir dir;
    auto *reader =
        new CacheReader(dir.filePath(QStringLiteral("no-such.db")), QStringLiteral("test-reader"), m_owner.get());
    core::Error error;
    bool replied = false;
    reader->post([&](const core::Result<store::Database *> &db) -> CacheReader::Reply {
        const core::Error e = db ? core::Error{} : db.error();
        return [&, e] {
            error = e;
            replied = true;
        };
    });
    QTRY_VERIFY(replied);
    QVERIFY2(error.kind != core::Error::Kind::None, "a missing cache is not read as an empty one");
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no-such.db")))); // a reader creates nothing
}

void TstCacheReader::destroyedWithReplyInFlight_nothingDelivered()
{
    auto *reader = new CacheReader(m_temp->path(), QStringLiteral("test-reader"), m_owner.get());
    QSemaphore done;
    bool replied = false;
    reader->post([&](const core::Result<store::Database *> &) -> CacheReader::Reply {
        done.release();
        return [&] { replied = true; };
    });
    done.acquire();
    QThread::msleep(20); // the reply is queued (or about to be) for the owner's thread
    delete reader;
    QCoreApplication::processEvents();
    QTest::qWait(20);
    QVERIFY(!replied);
}

void TstCacheReader::postWithProgress_notesBeforeTheReply_supersededNotesDropped()
{
    auto *reader = new CacheReader(m_temp->path(), QStringLiteral("test-reader"), m_owner.get());
    QStringList seen;
    QSemaphore started;
    QSemaphore release;
    QThread *owner = QThread::currentThread();
    // A job that notes its two steps; the first blocks after its first note until a newer request is posted.
    auto job = [&](const QString &name, bool block) {
        return [&, name, block](const core::Result<store::Database *> &db,
                                const CacheReader::Notify &notify) -> CacheReader::Reply {
            if (!db)
                return {};
            notify([&, name] { seen << name + QStringLiteral(" 1/2"); });
            if (block) {
                started.release();
                release.acquire();
            }
            notify([&, name] { seen << name + QStringLiteral(" 2/2"); });
            return [&, name] {
                QCOMPARE(QThread::currentThread(), owner);
                seen << name + QStringLiteral(" done");
            };
        };
    };
    reader->postWithProgress(job(QStringLiteral("old"), true));
    started.acquire();
    QTRY_COMPARE(seen, QStringList{QStringLiteral("old 1/2")}); // delivered while the job still runs
    reader->postWithProgress(job(QStringLiteral("new"), false));
    release.release();
    const QStringList expected{QStringLiteral("old 1/2"), QStringLiteral("new 1/2"), QStringLiteral("new 2/2"),
                               QStringLiteral("new done")};
    QTRY_COMPARE(seen, expected); // the old job's later note and its reply are dropped
    QTest::qWait(50);
    QCOMPARE(seen, expected);
}

ANXIN_TEST_GUILESS_MAIN(TstCacheReader)
#include "tst_cachereader.moc"
