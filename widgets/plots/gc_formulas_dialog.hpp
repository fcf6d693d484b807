// GcFormulasDialog: the GC model's formulas with the parameters in use, as the core states
// them (measure::GcModel::describe()), so the explanation can never disagree with the code.
#pragma once

#include "measure/gc_model.hpp"

#include <QDialog>

class QPlainTextEdit;

namespace vtl::widgets {

class GcFormulasDialog : public QDialog {
    Q_OBJECT
public:
    explicit GcFormulasDialog(QWidget* parent = nullptr);

    void set_params(const measure::GcModelParams& params);
    QString text() const;

private:
    QPlainTextEdit* text_ = nullptr;
};

} // namespace vtl::widgets
