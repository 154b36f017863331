target_sources(anxin_store PRIVATE ${CMAKE_CURRENT_LIST_DIR}/scoreinputsrepository.h
                                  ${CMAKE_CURRENT_LIST_DIR}/scoreinputsrepository.cpp)
