// The claims tab before anything is measured: real .NET's column is filled, the C++ column
// says what to do, and the table lays out well — no row taller than a third of the view and no
// blank space under a couple of rows (issue 12) — at 1280×800 and at 1024×768 with 1.5× text.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "models/claims/claims_model.hpp"
#include "widgets/claims/claims_tab.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTextBrowser>

using namespace vtl;

namespace {

QByteArray fixture_csv() {
    QByteArray csv = "section,name,hit_rate,payload_bytes,mean_ns,error_ns,allocated_bytes_per_op,"
                     "gen0_per_1k,gen1_per_1k,gen2_per_1k,runtime,os,cpu,date,job\r\n";
    const char* m = ",.NET 10.0.0,Linux,AMD EPYC,2026-12-02,quick\r\n";
    for (const char* r :
         {"bench,task,1,,40,1,72,0.5,0,0", "bench,valuetask,1,,25,1,0,0,0,0",
          "bench,task,0.8,,300,10,112,1,0,0", "bench,valuetask,0.8,,280,10,40,0.4,0,0",
          "gc,task,0.8,16,100,,112,0.02,0.001,0", "gc,valuetask,0.8,16,90,,40,0.008,0,0"})
        csv += QByteArray(r) + m;
    return csv;
}

} // namespace

class TestClaimsTab : public QObject {
    Q_OBJECT

    void check_layout(widgets::ClaimsTab& tab, const QString& name) {
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QCoreApplication::processEvents();
        if (qEnvironmentVariableIsSet("VTL_CLAIMS_SCREENSHOT_DIR"))
            tab.grab().save(
                QDir(qEnvironmentVariable("VTL_CLAIMS_SCREENSHOT_DIR")).filePath(name + ".png"));
        QTableView* table = tab.table();
        const int view_h = table->viewport()->height();
        int total = 0, tallest = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            total += table->rowHeight(r);
            tallest = std::max(tallest, table->rowHeight(r));
        }
        // A row holds the short facts; the quote and the sentences are in the details pane.
        QVERIFY2(
            tallest <= view_h / 3,
            qPrintable(
                QString("%1: a row of %2 px in a %3 px view").arg(name).arg(tallest).arg(view_h)));
        // Rows fill the view: no blank space below them.
        QVERIFY2(
            total >= view_h,
            qPrintable(QString("%1: rows %2 px, view %3 px").arg(name).arg(total).arg(view_h)));
        // The columns use the table's width and none is squeezed to nothing.
        int widths = 0;
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            QVERIFY(table->columnWidth(c) >= 60);
            widths += table->columnWidth(c);
        }
        QVERIFY(widths <= table->viewport()->width() + 2);
    }

private slots:
    void before_measuring_it_lays_out_well() {
        widgets::ClaimsTab tab;
        QString error;
        tab.model()->set_dotnet(models::parse_dotnet_reference(fixture_csv(), &error),
                                std::nullopt);
        tab.resize(1280, 760);
        check_layout(tab, "claims_before_1280");
        // The .NET column is filled before anything is measured; the C++ column says how.
        const int row = tab.model()->row_of("task-hit-bytes");
        QVERIFY(
            tab.model()
                ->data(tab.model()->index(row, models::ClaimsModel::dotnet_column), Qt::DisplayRole)
                .toString()
                .contains("72"));
        QVERIFY(
            tab.model()
                ->data(tab.model()->index(row, models::ClaimsModel::core_column), Qt::DisplayRole)
                .toString() == QStringLiteral("—"));
        // The selected claim's quote, figures and sentences are in the details pane.
        tab.table()->selectRow(row);
        const QString details = tab.details()->toPlainText();
        const auto& claim = models::seed_claims()[std::size_t(row)];
        QVERIFY2(details.contains(claim.quote), qPrintable(details));
        QVERIFY2(details.contains("72"), qPrintable(details));
        QVERIFY2(details.simplified().contains(tab.model()->verdict(row).verdict.simplified()),
                 qPrintable(details));
        QVERIFY2(details.contains("Measure the C++ core"), qPrintable(details)); // how to fill it
    }

    void large_text_at_1024() {
        widgets::ClaimsTab tab;
        QString error;
        tab.model()->set_dotnet(models::parse_dotnet_reference(fixture_csv(), &error),
                                std::nullopt);
        QFont f = tab.font();
        f.setPointSizeF(f.pointSizeF() * 1.5);
        tab.setFont(f);
        tab.resize(1000, 700);
        check_layout(tab, "claims_before_1024_x1_5");
    }
};

VTL_QTEST_MAIN(test_claims_tab, TestClaimsTab)
#include "test_claims_tab.moc"
