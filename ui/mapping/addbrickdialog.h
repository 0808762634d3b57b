#pragma once

#include "core/domain/organisation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace livedna {

// Gives a new brick its figures and evidence before it is added: cost (required: a cost is
// never assumed), FTE (optional), and the basis with its reference, or its method and
// reason. `capabilities` non-empty lets the user choose the capability of a bespoke brick.
class AddBrickDialog : public QDialog
{
    Q_OBJECT

public:
    AddBrickDialog(const BrickInstance &start, const QList<Capability> &capabilities, QWidget *parent = nullptr);

    // The brick as entered, with its source in full ("own-records#…", "mapping-estimate#…").
    BrickInstance brick() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *costEdit() const { return m_cost; }
    QLineEdit *fteEdit() const { return m_fte; }
    QComboBox *basisBox() const { return m_basis; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    void validate();

    BrickInstance m_start;
    QLineEdit *m_name;
    QComboBox *m_capability = nullptr;
    QLineEdit *m_cost;
    QLineEdit *m_fte;
    QComboBox *m_basis;
    QLabel *m_referenceLabel;
    QLineEdit *m_reference;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace livedna
