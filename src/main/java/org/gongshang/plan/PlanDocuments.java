package org.gongshang.plan;

import org.gongshang.plan.internal.PlanWordDocument;
import org.gongshang.plan.internal.PlanWorkbook;
import org.springframework.stereotype.Service;

/** A plan version as a file to download: Word (.docx) for the official document, Excel (.xlsx) for working with it. */
@Service
public class PlanDocuments {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A file: its name (Chinese, the plan's title), media type and bytes. */
    public record Document(String filename, String contentType, byte[] content) {
    }

    private final PlanWordDocument word;
    private final PlanWorkbook excel;

    PlanDocuments(PlanWordDocument word, PlanWorkbook excel) {
        this.word = word;
        this.excel = excel;
    }

    public Document word(PlanView plan) {
        return new Document(filename(plan, "docx"), DOCX, word.write(plan));
    }

    public Document excel(PlanView plan) {
        return new Document(filename(plan, "xlsx"), XLSX, excel.write(plan));
    }

    /** E.g. 达州市政协2027年度协商选题计划（第2版）.docx; a version not approved says so. */
    private static String filename(PlanView plan, String extension) {
        String version = plan.version() > 1 ? "（第" + plan.version() + "版）" : "";
        String draft = plan.status().isPublic() ? "" : "（未审定稿）";
        return plan.title() + version + draft + "." + extension;
    }
}
