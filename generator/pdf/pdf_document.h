// Chromium's tagged PDF -> the PDF hearth publishes: the finishing stage of the PDF
// downloads, after chromium.h has laid the page out. The only code that includes libqpdf.
//
// Chromium already writes the structure tree (headings, paragraphs, lists, tables with
// header scope, figures with their alt text, links), /Lang, /MarkInfo, /DisplayDocTitle,
// embedded font subsets and bookmarks from the headings. Finishing adds what PDF/UA-1
// asks for beyond that, and makes the bytes depend only on the input:
// - every painted thing outside the structure tree (the page numbers in the page
//   margins, which Chromium leaves unmarked) is marked as an /Artifact;
// - XMP metadata with dc:title, dc:language and pdfuaid:part 1, and the same title,
//   description and dates in the document information;
// - /CreationDate and /ModDate from the page's own date, never the clock; a /ID made
//   from the file's contents; the Creator is hearth, not Chromium's user agent;
// - bookmark titles as the headings are written (Chromium drops the space where a
//   heading wraps onto a second line);
// - every link annotation gets /Contents, the words of its link.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace hearth {

struct PdfLink {
  std::string url;   // as written in the print document: "https://portal.example/x/"
  std::string text;  // the link's words
};

struct PdfFinish {
  std::string title;        // Info /Title and dc:title: the page's title
  std::string description;  // Info /Subject and dc:description (may be empty)
  std::string author;       // Info /Author and dc:creator: the organisation (may be empty)
  std::string language;     // /Lang and dc:language: "en-GB"
  std::string date;         // "2026-11-02": creation and modification date (midnight UTC)
  // The document's headings in reading order, the title first: the bookmarks' titles.
  std::vector<std::string> headings;
  std::vector<PdfLink> links;  // the document's links, for the link annotations' /Contents
};

struct FinishedPdf {
  std::string bytes;
  int pages = 0;
};

// Finishes a PDF that Chromium printed. Nothing, with `error` set, if it cannot be read.
std::optional<FinishedPdf> FinishPdf(const std::string& chromium_pdf, const PdfFinish& finish,
                                     std::string& error);

// The number of pages of a PDF, read with libqpdf; 0 if it cannot be read.
int CountPdfPages(const std::string& bytes);

// "qpdf 11.3.0": part of every PDF's cache key.
std::string QpdfVersion();

}  // namespace hearth
