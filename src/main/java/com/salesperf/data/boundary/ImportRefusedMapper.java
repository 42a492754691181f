package com.salesperf.data.boundary;

import com.salesperf.data.control.ImportProblem;
import com.salesperf.data.control.ImportRefusedException;
import com.salesperf.platform.boundary.rest.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A refused import as JSON: {@code {status, error, message, details: [{row, column, code,
 * message}…]}} with every problem, in English; the code is the i18n message key.
 */
@Provider
public class ImportRefusedMapper implements ExceptionMapper<ImportRefusedException> {

    /** One problem as the API shows it. */
    public record Detail(int row, String column, String code, String message) {

        static Detail of(ImportProblem problem) {
            return new Detail(
                    problem.row(), problem.column(), problem.code(), problem.englishMessage());
        }
    }

    @Override
    public Response toResponse(ImportRefusedException e) {
        List<Detail> details = e.problems().stream().map(Detail::of).toList();
        return Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.status(), e.messageKey(), e.getMessage(), details))
                .build();
    }
}
