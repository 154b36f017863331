# Fails when an #include crosses an arrow app/LAYERS does not have, when a file under app/ (other than
# app/desk/main.cpp) includes a QtWidgets/QtCharts header, or a file under ui/ uses QSqlQuery or QNetworkReply
# directly, or anything outside a short list reads the desktop clock (deadlines follow the platform's).
file(GLOB_RECURSE app_files "${ROOT}/app/*.h" "${ROOT}/app/*.cpp")
set(bad "")
foreach(f IN LISTS app_files)
  if(f MATCHES "/app/desk/main.cpp$")
    continue()
  endif()
  file(STRINGS "${f}" lines REGEX "#include *<(QtWidgets|QtCharts|QWidget|QMainWindow|QApplication|QDialog|QChart|QLabel|QPushButton|QTableView|QTreeView|QListView)")
  if(lines)
    list(APPEND bad "${f}: ${lines}")
  endif()
endforeach()
file(GLOB_RECURSE ui_files "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp")
foreach(f IN LISTS ui_files)
  file(STRINGS "${f}" lines REGEX "(QSqlQuery|QNetworkReply|QNetworkAccessManager)")
  if(lines)
    list(APPEND bad "${f}: ${lines}")
  endif()
endforeach()
# Deadlines are the platform's: nothing under app/ or ui/ reads the desktop clock but core::Clock and the places
# that record when this computer itself did something (a set-aside file's name, a log line, an outbox state's
# local times and back-off, "connected at"), each named here with its reason.
set(desktop_clock_ok
  "/app/core/clock.cpp$"            # the one place: SystemClock
  "/app/core/logging.cpp$"          # a log line's own time
  "/app/store/database.cpp$"        # the set-aside name of a damaged file
  "/app/sync/outboxsender.cpp$"     # local state times and this computer's retry back-off
  "/app/sync/syncworker.cpp$"       # "connected at" of the shop record
  "/app/cli/cmd_sync.cpp$"          # "connected at" of the shop record
  "/ui/setup/firstrunwizard.cpp$"   # "connected at" of the shop record
  "/app/sync/shopconnection.cpp$"   # the ApiClient's base clock: it adds the learned platform offset itself
  "/app/models/shopsetup.cpp$"      # the same, for the connection test of the first-run wizard
  "/app/sandbox/"                   # the sandbox is the platform: its clock is its own
)
foreach(f IN LISTS app_files ui_files)
  set(allowed FALSE)
  foreach(ok IN LISTS desktop_clock_ok)
    if(f MATCHES "${ok}")
      set(allowed TRUE)
    endif()
  endforeach()
  if(allowed)
    continue()
  endif()
  file(STRINGS "${f}" lines REGEX "QDateTime::current(M?Secs|DateTime)|Clock::system\\(\\)")
  if(lines)
    list(APPEND bad "${f}: reads the desktop clock (use the session's or the ApiClient's platform clock): ${lines}")
  endif()
endforeach()
# The arrows of app/LAYERS: a file under a layer's directory includes only its own layer and the layers its line
# names. (The build holds the same file: app/layers.cmake gives each layer only those include roots.)
file(STRINGS "${ROOT}/app/LAYERS" layer_lines REGEX "^[a-z]+:")
set(layer_names "")
foreach(line IN LISTS layer_lines)
  string(REGEX MATCH "^[a-z]+" name "${line}")
  list(APPEND layer_names "${name}")
endforeach()
string(REPLACE ";" "|" layer_alt "${layer_names}")
foreach(line IN LISTS layer_lines)
  string(REGEX MATCH "^[a-z]+" layer "${line}")
  string(REGEX REPLACE "^[a-z]+:[ ]*" "" allowed "${line}")
  string(REPLACE " " ";" allowed "${allowed}")
  list(APPEND allowed "${layer}")
  if(layer STREQUAL "ui")
    set(dir "${ROOT}/ui")
  else()
    set(dir "${ROOT}/app/${layer}")
  endif()
  if(NOT IS_DIRECTORY "${dir}")
    list(APPEND bad "app/LAYERS names '${layer}', but ${dir} does not exist")
    continue()
  endif()
  file(GLOB_RECURSE layer_files "${dir}/*.h" "${dir}/*.cpp")
  foreach(f IN LISTS layer_files)
    file(STRINGS "${f}" includes REGEX "^#include \"(${layer_alt})/")
    foreach(inc IN LISTS includes)
      string(REGEX MATCH "\"([a-z]+)/" m "${inc}")
      set(target "${CMAKE_MATCH_1}")
      list(FIND allowed "${target}" at)
      if(at EQUAL -1)
        string(REPLACE ";" " " allowed_text "${allowed}")
        list(APPEND bad "${f}: the ${layer} layer includes ${target} (${inc}), but app/LAYERS allows only: ${allowed_text}")
      endif()
    endforeach()
  endforeach()
endforeach()
if(bad)
  string(REPLACE ";" "\n" msg "${bad}")
  message(FATAL_ERROR "layering violated:\n${msg}")
endif()
list(LENGTH app_files n)
message(STATUS "layering ok over ${n} files under app/")
