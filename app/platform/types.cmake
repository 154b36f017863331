# Typed requests and answers of the platform API, their parsers and the error mapping (contract §3–§7).
target_sources(anxin_platform PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/types.h ${CMAKE_CURRENT_LIST_DIR}/types.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parsers.h ${CMAKE_CURRENT_LIST_DIR}/parsers_p.h
  ${CMAKE_CURRENT_LIST_DIR}/parsers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parsers_aftersale.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parsers_order.cpp
  ${CMAKE_CURRENT_LIST_DIR}/requests.h ${CMAKE_CURRENT_LIST_DIR}/requests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/errors.h ${CMAKE_CURRENT_LIST_DIR}/errors.cpp
)
