package vn.chitieu.common.sheet;

import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** The file formats tables travel in, besides JSON. */
public enum SheetFormat {
  CSV(SheetFormat.CSV_TYPE, "csv"),
  XLSX(SheetFormat.XLSX_TYPE, "xlsx");

  /** CSV as RFC 4180 and RFC 7111 name it; written in UTF-8. */
  public static final String CSV_TYPE = "text/csv";

  /** An Excel workbook (Office Open XML). */
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String mediaType;
  private final String extension;

  SheetFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The media type a response of this format carries; CSV says its charset. */
  public String contentType() {
    return this == CSV ? CSV_TYPE + ";charset=UTF-8" : XLSX_TYPE;
  }

  public String fileName(String base) {
    return base + "." + extension;
  }

  /** The format of a media type, if it is one of these (parameters such as charset aside). */
  public static Optional<SheetFormat> of(MediaType type) {
    for (SheetFormat format : values()) {
      if (type != null
          && MediaType.valueOf(format.mediaType).isCompatible(type)
          && !type.isWildcardType()
          && !type.isWildcardSubtype()) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
