# macOS: "anxin-desk.app" with anxin-cli and anxin-sandbox in its Contents/MacOS (the first-run wizard starts the
# sandbox from the directory anxin-desk runs in), the Qt frameworks deployed for all three programs, packed as a
# drag-and-drop .dmg. Nothing outside the bundle: the .dmg holds the app only.

install(TARGETS anxin-cli anxin-sandbox RUNTIME DESTINATION anxin-desk.app/Contents/MacOS)

# One macdeployqt over the finished bundle, after every program is in it, naming the two helpers so that the
# frameworks only they need (QtHttpServer, QtWebSockets for the sandbox) and QtKeychain come in too.
# (qt_generate_deploy_app_script in Qt 6.4 deploys for the bundle's main program only.)
find_program(ANXIN_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
  set(app \"\${CMAKE_INSTALL_PREFIX}/anxin-desk.app\")
  execute_process(COMMAND \"${ANXIN_MACDEPLOYQT}\" \"\${app}\" -always-overwrite
                          \"-executable=\${app}/Contents/MacOS/anxin-cli\"
                          \"-executable=\${app}/Contents/MacOS/anxin-sandbox\"
                  COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Anxin Desk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/../icons/anxin-desk.icns")
