# One static library per layer of app/LAYERS. Each layer's headers are reached through an include root of its
# own (<build>/layers/<layer>/<layer> links to the layer's directory), so a file sees the headers of its layer
# and of the layers below it and nothing else: an arrow app/LAYERS does not have fails to compile.

set(ANXIN_LAYERS_FILE "${CMAKE_CURRENT_LIST_DIR}/LAYERS" CACHE INTERNAL "the layers and their arrows")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${ANXIN_LAYERS_FILE}")

# anxin_layer_deps(<layer> <out-var>): the layers <layer> may include, as app/LAYERS says.
function(anxin_layer_deps layer out)
  file(STRINGS "${ANXIN_LAYERS_FILE}" lines REGEX "^${layer}:")
  if(NOT lines)
    message(FATAL_ERROR "app/LAYERS has no line for layer '${layer}'")
  endif()
  string(REGEX REPLACE "^${layer}:[ ]*" "" deps "${lines}")
  string(STRIP "${deps}" deps)
  if(deps)
    string(REPLACE " " ";" deps "${deps}")
  endif()
  set(${out} "${deps}" PARENT_SCOPE)
endfunction()

# anxin_layer_root(<layer> <source-dir>): the include root that exposes <source-dir> as "<layer>/...".
function(anxin_layer_root layer dir out)
  set(root "${PROJECT_BINARY_DIR}/layers/${layer}")
  file(MAKE_DIRECTORY "${root}")
  if(NOT EXISTS "${root}/${layer}")
    file(CREATE_LINK "${dir}" "${root}/${layer}" SYMBOLIC)
  endif()
  set(${out} "${root}" PARENT_SCOPE)
endfunction()

# anxin_add_layer(<layer> [LIBS ...]): the static library anxin_<layer> over app/<layer>, linking the layers
# app/LAYERS allows (PUBLIC: their types appear in this layer's headers) and the given third-party LIBS.
function(anxin_add_layer layer)
  cmake_parse_arguments(L "" "" "LIBS" ${ARGN})
  add_library(anxin_${layer} STATIC)
  anxin_layer_root(${layer} "${CMAKE_CURRENT_SOURCE_DIR}/${layer}" root)
  target_include_directories(anxin_${layer} PUBLIC "${root}")
  anxin_layer_deps(${layer} deps)
  set(libs "")
  foreach(dep IN LISTS deps)
    list(APPEND libs anxin_${dep})
  endforeach()
  target_link_libraries(anxin_${layer} PUBLIC anxin_policy ${libs} ${L_LIBS})
endfunction()
