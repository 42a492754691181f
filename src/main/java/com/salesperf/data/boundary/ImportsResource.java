package com.salesperf.data.boundary;

import com.salesperf.data.control.FileImport;
import com.salesperf.data.control.ImportBatchRow;
import com.salesperf.data.control.ImportOutcome;
import com.salesperf.data.control.ImportRefusedException;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/imports/{kind}?fileName=…} with a {@code text/csv} or xlsx body: 200 with
 * {@code {batchId, kind, rows, inserted, updated}}; 422 with every row problem; 413 over the size
 * limit; 415 for another type. {@code GET /api/v1/imports} lists the import history, newest first.
 */
@Path("v1/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "FINANCE", "AUDITOR"})
public class ImportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject CurrentCaller currentCaller;

    @Inject Imports imports;

    @POST
    @Path("{kind}")
    @Consumes({"text/csv", "text/plain", XLSX})
    @RolesAllowed({"ADMIN", "FINANCE"})
    public ImportOutcome importFile(
            @PathParam("kind") String kind,
            @QueryParam("fileName") String fileName,
            @HeaderParam("Content-Type") String contentType,
            InputStream body)
            throws IOException {
        byte[] content = readAtMost(body, imports.maxBytes());
        return imports.importFile(
                currentCaller.get(),
                kind,
                fileNameFor(fileName, kind, contentType),
                content,
                FileImport.Source.API);
    }

    @GET
    public List<ImportBatchRow> history(
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return imports.history(
                currentCaller.get(), new PageRequest(first, size, null, false, null));
    }

    /** The total number of import records, for paging. */
    @GET
    @Path("count")
    public Map<String, Long> count() {
        return Map.of("count", imports.historyCount(currentCaller.get()));
    }

    /**
     * The file name recorded and checked: a name without extension gets the one of the content
     * type; a name with another extension (x.pdf) is refused by the type check (415).
     */
    static String fileNameFor(String fileName, String kind, String contentType) {
        boolean xlsx = contentType != null && contentType.startsWith(XLSX);
        String name = fileName == null || fileName.isBlank() ? kind : fileName.strip();
        if (name.lastIndexOf('.') > 0) {
            return name;
        }
        return name + (xlsx ? ".xlsx" : ".csv");
    }

    /**
     * Reads the body, refusing (413) as soon as it passes the limit instead of buffering it all.
     */
    private static byte[] readAtMost(InputStream body, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = body.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw ImportRefusedException.ofFile(
                        413, "import.error.tooLarge", limit / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
