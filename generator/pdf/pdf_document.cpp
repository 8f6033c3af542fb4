#include "pdf/pdf_document.h"

// We use std::shared_ptr throughout; this tells qpdf's headers that its old PointerHolder
// is not wanted (they warn otherwise).
#define POINTERHOLDER_TRANSITION 4
#include <exception>
#include <map>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <set>

#include "core/text.h"

namespace hearth {
namespace {

using Object = QPDFObjectHandle;

// Reads a content stream and marks every graphics object that stands outside any
// marked-content sequence (a text object, a painted path, an image or a shading) as an
// /Artifact, copying everything else byte for byte. Chromium tags the page's own content
// and leaves what it draws in the page margins (the @page boxes: our page numbers)
// unmarked; PDF/UA needs each to be one or the other.
class ArtifactMarker : public Object::ParserCallbacks {
 public:
  explicit ArtifactMarker(const std::string& content) : content_(content) {}

  void handleObject(Object object, size_t offset, size_t length) override {
    if (!object.isOperator()) {
      if (operands_start_ == kNone) operands_start_ = offset;
      return;
    }
    const std::string op = object.getOperatorValue();
    const size_t start = operands_start_ == kNone ? offset : operands_start_;
    const size_t end = offset + length;
    operands_start_ = kNone;

    if (op == "BDC" || op == "BMC" || op == "EMC") {
      depth_ += op == "EMC" ? -1 : 1;
      if (kind_ != Kind::kNone) marked_ = true;
      return;
    }
    if (kind_ == Kind::kNone) {
      if (op == "BT") {
        Begin(Kind::kText, start);
      } else if (op == "m" || op == "re") {
        Begin(Kind::kPath, start);
      } else if (op == "BI") {
        Begin(Kind::kImage, start);
      } else if (op == "Do" || op == "sh") {
        Begin(Kind::kImage, start);
        End(end, true);
      }
      return;
    }
    if (kind_ == Kind::kText && op == "ET") End(end, true);
    if (kind_ == Kind::kImage && op == "EI") End(end, true);
    if (kind_ == Kind::kPath && IsPathPainting(op)) End(end, op != "n");  // n only clips
  }

  void handleEOF() override { out_ += content_.substr(copied_); }

  const std::string& result() const { return out_; }
  int marked() const { return artifacts_; }

 private:
  enum class Kind { kNone, kText, kPath, kImage };
  static constexpr size_t kNone = static_cast<size_t>(-1);

  static bool IsPathPainting(const std::string& op) {
    static const std::set<std::string> ops = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"};
    return ops.count(op) > 0;
  }

  void Begin(Kind kind, size_t start) {
    kind_ = kind;
    start_ = start;
    start_depth_ = depth_;
    marked_ = false;
  }

  void End(size_t end, bool paints) {
    if (paints && start_depth_ == 0 && depth_ == 0 && !marked_) {
      out_ += content_.substr(copied_, start_ - copied_);
      out_ += "/Artifact BMC\n";
      out_ += content_.substr(start_, end - start_);
      out_ += "\nEMC";
      copied_ = end;
      ++artifacts_;
    }
    kind_ = Kind::kNone;
  }

  const std::string& content_;
  std::string out_;
  size_t copied_ = 0;
  size_t operands_start_ = kNone;
  int depth_ = 0;
  Kind kind_ = Kind::kNone;
  size_t start_ = 0;
  int start_depth_ = 0;
  bool marked_ = false;
  int artifacts_ = 0;
};

void MarkArtifacts(QPDFPageObjectHelper& page) {
  page.coalesceContentStreams();
  Object contents = page.getObjectHandle().getKey("/Contents");
  if (!contents.isStream()) return;
  std::shared_ptr<Buffer> data = contents.getStreamData(qpdf_dl_generalized);
  std::string content(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  ArtifactMarker marker(content);
  Object::parseContentStream(contents, &marker);
  if (marker.marked() == 0) return;
  contents.replaceStreamData(marker.result(), Object::newNull(), Object::newNull());
}

std::string WithoutSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') out += c;
  }
  return out;
}

// Gives each bookmark the heading it was made from, matched in order with spaces left
// out of the comparison; a bookmark that matches no heading keeps its title.
void FixOutlineTitles(Object item, const std::vector<std::string>& headings, size_t& next,
                      std::set<QPDFObjGen>& seen) {
  for (; item.isDictionary(); item = item.getKey("/Next")) {
    if (!seen.insert(item.getObjGen()).second) return;  // a loop in a damaged outline
    Object title = item.getKey("/Title");
    if (title.isString()) {
      std::string have = WithoutSpaces(title.getUTF8Value());
      for (size_t h = next; h < headings.size(); ++h) {
        if (WithoutSpaces(headings[h]) == have) {
          item.replaceKey("/Title", Object::newUnicodeString(headings[h]));
          next = h + 1;
          break;
        }
      }
    }
    FixOutlineTitles(item.getKey("/First"), headings, next, seen);
  }
}

void DescribeLinks(QPDFPageDocumentHelper& pages, const std::vector<PdfLink>& links) {
  std::map<std::string, std::string> words;
  for (const PdfLink& link : links) words.emplace(link.url, link.text);
  for (QPDFPageObjectHelper& page : pages.getAllPages()) {
    Object annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) continue;
    for (int i = 0; i < annots.getArrayNItems(); ++i) {
      Object annot = annots.getArrayItem(i);
      if (!annot.isDictionary() || !annot.getKey("/Subtype").isNameAndEquals("/Link")) continue;
      if (annot.getKey("/Contents").isString()) continue;
      Object action = annot.getKey("/A");
      std::string contents;
      if (action.isDictionary() && action.getKey("/URI").isString()) {
        std::string uri = action.getKey("/URI").getUTF8Value();
        auto it = words.find(uri);
        contents = it != words.end() && !it->second.empty() ? it->second : "Link to " + uri;
      } else {
        contents = "Link to another part of this document";
      }
      annot.replaceKey("/Contents", Object::newUnicodeString(contents));
    }
  }
}

std::string Xmp(const PdfFinish& finish, const std::string& when, const std::string& producer) {
  std::string x;
  x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
  x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "  <rdf:Description rdf:about=\"\"\n";
  x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
  x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
  x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
  x += "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
  x += "   <dc:format>application/pdf</dc:format>\n";
  x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + HtmlEscape(finish.title) +
       "</rdf:li></rdf:Alt></dc:title>\n";
  if (!finish.description.empty()) {
    x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         HtmlEscape(finish.description) + "</rdf:li></rdf:Alt></dc:description>\n";
  }
  if (!finish.author.empty()) {
    x += "   <dc:creator><rdf:Seq><rdf:li>" + HtmlEscape(finish.author) +
         "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!finish.language.empty()) {
    x += "   <dc:language><rdf:Bag><rdf:li>" + HtmlEscape(finish.language) +
         "</rdf:li></rdf:Bag></dc:language>\n";
  }
  x += "   <xmp:CreateDate>" + when + "</xmp:CreateDate>\n";
  x += "   <xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n";
  x += "   <xmp:MetadataDate>" + when + "</xmp:MetadataDate>\n";
  x += "   <xmp:CreatorTool>Hearth</xmp:CreatorTool>\n";
  x += "   <pdf:Producer>" + HtmlEscape(producer) + "</pdf:Producer>\n";
  x += "   <pdfuaid:part>1</pdfuaid:part>\n";
  x += "  </rdf:Description>\n";
  x += " </rdf:RDF>\n";
  x += "</x:xmpmeta>\n";
  x += "<?xpacket end=\"w\"?>";
  return x;
}

// "2026-11-02" -> "D:20261102000000Z" (PDF) and "2026-11-02T00:00:00Z" (XMP).
bool IsIsoDate(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return true;
}

}  // namespace

std::optional<FinishedPdf> FinishPdf(const std::string& chromium_pdf, const PdfFinish& finish,
                                     std::string& error) {
  // A date that is not one would make an invalid file; a fixed one keeps it deterministic.
  const std::string date = IsIsoDate(finish.date) ? finish.date : "2000-01-01";
  const std::string pdf_date =
      "D:" + date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2) + "000000Z";
  const std::string xmp_date = date + "T00:00:00Z";
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("chromium.pdf", chromium_pdf.data(), chromium_pdf.size());
    Object root = pdf.getRoot();
    QPDFPageDocumentHelper pages(pdf);
    for (QPDFPageObjectHelper& page : pages.getAllPages()) MarkArtifacts(page);

    root.replaceKey("/Lang", Object::newUnicodeString(finish.language));
    Object mark = Object::newDictionary();
    mark.replaceKey("/Marked", Object::newBool(true));
    root.replaceKey("/MarkInfo", mark);
    Object viewer = root.getKey("/ViewerPreferences");
    if (!viewer.isDictionary()) {
      viewer = Object::newDictionary();
      root.replaceKey("/ViewerPreferences", viewer);
    }
    viewer.replaceKey("/DisplayDocTitle", Object::newBool(true));
    Object outlines = root.getKey("/Outlines");
    if (outlines.isDictionary()) {
      size_t next = 0;
      std::set<QPDFObjGen> seen;
      FixOutlineTitles(outlines.getKey("/First"), finish.headings, next, seen);
      // Open at the bookmarks, so a reader sees the headings straight away.
      root.replaceKey("/PageMode", Object::newName("/UseOutlines"));
    }
    DescribeLinks(pages, finish.links);

    Object trailer = pdf.getTrailer();
    Object info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
      info = pdf.makeIndirectObject(Object::newDictionary());
      trailer.replaceKey("/Info", info);
    }
    std::string producer = info.getKey("/Producer").isString()
                               ? info.getKey("/Producer").getUTF8Value() + "; " + QpdfVersion()
                               : QpdfVersion();
    info.replaceKey("/Title", Object::newUnicodeString(finish.title));
    if (!finish.description.empty()) {
      info.replaceKey("/Subject", Object::newUnicodeString(finish.description));
    }
    if (!finish.author.empty()) info.replaceKey("/Author", Object::newUnicodeString(finish.author));
    info.replaceKey("/Creator", Object::newUnicodeString("Hearth"));
    info.replaceKey("/Producer", Object::newUnicodeString(producer));
    info.replaceKey("/CreationDate", Object::newString(pdf_date));
    info.replaceKey("/ModDate", Object::newString(pdf_date));

    Object metadata = Object::newStream(&pdf, Xmp(finish, xmp_date, producer));
    metadata.getDict().replaceKey("/Type", Object::newName("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", Object::newName("/XML"));
    root.replaceKey("/Metadata", metadata);

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // PDF/UA-1 is built on PDF 1.7; the /ID is a hash of the contents, not of the time.
    writer.setMinimumPDFVersion("1.7");
    writer.setDeterministicID(true);
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    FinishedPdf out;
    out.bytes.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    out.pages = static_cast<int>(pages.getAllPages().size());
    return out;
  } catch (const std::exception& e) {
    error = e.what();
    return std::nullopt;
  }
}

int CountPdfPages(const std::string& bytes) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("download.pdf", bytes.data(), bytes.size());
    return static_cast<int>(QPDFPageDocumentHelper(pdf).getAllPages().size());
  } catch (const std::exception&) {
    return 0;
  }
}

std::string QpdfVersion() { return "qpdf " + QPDF::QPDFVersion(); }

}  // namespace hearth
