target_sources(anxin_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/shipping/shippingpage.h
                                ${CMAKE_CURRENT_LIST_DIR}/shipping/shippingpage.cpp)
target_sources(anxin_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/shell/trayalerts.h ${CMAKE_CURRENT_LIST_DIR}/shell/trayalerts.cpp
                                ${CMAKE_CURRENT_LIST_DIR}/shell/alertsdialog.h ${CMAKE_CURRENT_LIST_DIR}/shell/alertsdialog.cpp)
