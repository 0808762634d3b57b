#include "ui/application.h"

#include <QApplication>
#include <QLabel>

namespace livedna {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QObject::tr("LiveDNA"));
    label.show();
    return app.exec();
}

} // namespace livedna
