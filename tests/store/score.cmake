anxin_add_test(tst_scoreinputs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scoreinputs.cpp ${CMAKE_CURRENT_LIST_DIR}/tempdb.h
               LIBS anxin_core LABELS store)
