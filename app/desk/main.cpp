#include "shell/deskapp.h"

int main(int argc, char **argv)
{
    return anxin::ui::runDesk(argc, argv);
}
