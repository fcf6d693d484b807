// ClaimsTab: the seeds' claims with three columns of evidence (seed claim · real .NET · C++
// core), the intervals and the verdicts; a button that measures the C++ core's side; and a
// line saying where the real .NET figures come from (a fresh run or the shipped reference,
// with its runtime, CPU and date — never "this machine's" unless it was run here).
#pragma once

#include "workload/engine.hpp"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace vtl::models {
class ClaimRunner;
class ClaimsModel;
} // namespace vtl::models

namespace vtl::widgets {

class ClaimsTab : public QWidget {
    Q_OBJECT
public:
    explicit ClaimsTab(QWidget* parent = nullptr);

    // The current run's numbers (re-judged at most twice a second while it runs).
    void show_snapshot(const workload::EngineSnapshot& snapshot);
    // Runs the claims' scenarios, built from `base`, and the hit-cost measurement.
    void measure_claims(const workload::Scenario& base);
    void set_text_scale(double scale);

    models::ClaimsModel* model() const { return model_; }
    models::ClaimRunner* runner() const { return runner_; }
    QTableView* table() const { return table_; }
    QPushButton* measure_button() const { return measure_; }
    QLabel* source_label() const { return source_; }
    QTextBrowser* details() const { return details_; }

signals:
    // The user asked to measure the claims; the window answers with measure_claims().
    void measureRequested();
    void claimsRunning(bool running);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* build_table();
    void connect_signals();
    void resize_columns();
    void resize_rows();
    void update_source();
    void update_details();

    models::ClaimsModel* model_ = nullptr;
    models::ClaimRunner* runner_ = nullptr;
    QTableView* table_ = nullptr;
    QTextBrowser* details_ = nullptr;
    QPushButton* measure_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* source_ = nullptr;
    QElapsedTimer last_update_;
};

} // namespace vtl::widgets
