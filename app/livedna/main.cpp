#include "ui/application.h"

int main(int argc, char *argv[])
{
    return livedna::runGui(argc, argv);
}
