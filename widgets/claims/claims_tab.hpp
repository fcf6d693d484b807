// ClaimsTab: the "claims vs measured" table, a button that measures the claims' own
// conditions, and a line saying where the numbers come from.
#pragma once

#include "workload/engine.hpp"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

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
    // Runs the claims' scenarios, built from `base`.
    void measure_claims(const workload::Scenario& base);
    void set_text_scale(double scale);

    models::ClaimsModel* model() const { return model_; }
    models::ClaimRunner* runner() const { return runner_; }
    QTableView* table() const { return table_; }
    QPushButton* measure_button() const { return measure_; }

signals:
    // The user asked to measure the claims; the window answers with measure_claims().
    void measureRequested();
    void claimsRunning(bool running);

private:
    void resize_rows();

    models::ClaimsModel* model_ = nullptr;
    models::ClaimRunner* runner_ = nullptr;
    QTableView* table_ = nullptr;
    QPushButton* measure_ = nullptr;
    QLabel* status_ = nullptr;
    QElapsedTimer last_update_;
};

} // namespace vtl::widgets
