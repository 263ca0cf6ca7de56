package de.iserlohn.digital.hr.api;

import de.iserlohn.digital.hr.expense.Receipt;
import de.iserlohn.digital.platform.web.FileNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Reads uploaded receipts (bounded by the multipart limits; checked by the claim rules). */
public final class HrUploads {

  private HrUploads() {}

  public static List<Receipt> toReceipts(List<MultipartFile> files) throws IOException {
    List<Receipt> receipts = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (!f.isEmpty()) {
          receipts.add(new Receipt(FileNames.of(f, "receipts", null), f.getBytes()));
        }
      }
    }
    return receipts;
  }
}
