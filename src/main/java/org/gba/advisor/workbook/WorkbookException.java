package org.gba.advisor.workbook;

import org.gba.advisor.http.ProblemException;
import org.gba.advisor.http.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The body is not a workbook (or CSV) of the layout the service gives out. */
class WorkbookException extends ProblemException {
    WorkbookException(String detail) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_WORKBOOK, "Invalid workbook", detail);
    }
}
