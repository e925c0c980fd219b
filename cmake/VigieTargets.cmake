# Shared compile settings for Vigie's own targets (never applied to third-party code).
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_C_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()

if(VIGIE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

function(vigie_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wno-missing-field-initializers)
  if(VIGIE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# vigie_module(<name> SOURCES ... LIBS ...): a static library vigie_<name> of domain and store code.
function(vigie_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_library(vigie_${name} STATIC ${ARG_SOURCES})
  target_include_directories(vigie_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
  target_link_libraries(vigie_${name} PUBLIC ${ARG_LIBS})
  vigie_warnings(vigie_${name})
endfunction()

# vigie_test(<name> SOURCES ... LIBS ... ENV ...): a Catch2 executable registered test by test with CTest.
# Catch2 2.13 flattens catch_discover_tests' PROPERTIES into one list, so a multi-variable ENVIRONMENT
# would lose all but its first variable (catchorg/Catch2#2424): the environment is set instead from an
# include file that CTest reads after the discovered tests.
function(vigie_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;ENV" ${ARGN})
  add_executable(test_${name} ${ARG_SOURCES})
  target_link_libraries(test_${name} PRIVATE vigie_test_main ${ARG_LIBS})
  vigie_warnings(test_${name})
  catch_discover_tests(test_${name}
    TEST_PREFIX "${name}: "
    PROPERTIES TIMEOUT 900)
  set(env "QT_QPA_PLATFORM=offscreen" "LANG=fr_FR.UTF-8" "VIGIE_BIN_DIR=${CMAKE_BINARY_DIR}/bin"
          "VIGIE_SOURCE_DIR=${CMAKE_SOURCE_DIR}" ${ARG_ENV})
  set(include_file ${CMAKE_CURRENT_BINARY_DIR}/test_${name}_environment.cmake)
  file(WRITE ${include_file}
    "foreach(t IN LISTS test_${name}_TESTS)\n"
    "  set_tests_properties(\"\${t}\" PROPERTIES ENVIRONMENT \"${env}\")\n"
    "endforeach()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${include_file})
endfunction()
