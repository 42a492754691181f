package com.salesperf.demo.control;

/** The database refused demo rows; carries the table so the failing writer is obvious. */
final class DemoDataException extends RuntimeException {

    DemoDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
