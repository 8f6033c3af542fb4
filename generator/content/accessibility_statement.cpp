#include "content/accessibility_statement.h"

namespace hearth {
namespace {

std::string Bullets(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += "- " + item + "\n";
  return out;
}

// "phone 01234 567 890 or email a@b.org", as far as each is known.
std::string HowToContact(const AccessibilityConfig& a) {
  std::string out;
  if (!a.contact_phone.empty()) out += "- phone " + a.contact_phone + "\n";
  if (!a.contact_email.empty()) {
    out += "- email [" + a.contact_email + "](mailto:" + a.contact_email + ")\n";
  }
  return out;
}

}  // namespace

std::string AccessibilityStatementMarkdown(const SiteConfig& config) {
  const AccessibilityConfig& a = config.accessibility;
  const std::string& who = config.organisation.name;
  std::string md;
  md += who + " runs this portal, " + config.base_url +
        ". We want everyone who needs it to be able to use it. You should be able to:\n\n"
        "- make text bigger, or change colours and fonts, in your browser or device settings\n"
        "- zoom in to 400% without text going off the side of the screen\n"
        "- get around the portal with a keyboard only\n"
        "- listen to the portal with a screen reader\n"
        "- read every page in large print, and many in easy read, using the links at the top "
        "of the page\n\n"
        "If you find any part of the portal hard to use, please tell us.\n\n";

  md += "## How accessible this portal is\n\n";
  if (a.issues.empty()) {
    md += "We do not know of any part of this portal that is hard to use.\n\n";
  } else {
    md += "We know these parts of the portal are not fully accessible:\n\n";
    for (const AccessibilityIssue& issue : a.issues) md += "- " + issue.problem + "\n";
    md += "\n";
  }

  md +=
      "## What to do if you cannot use part of this portal\n\n"
      "If you need something from this portal in another form, such as large print on "
      "paper, easy read, audio or braille:\n\n" +
      HowToContact(a) + "\nWe will reply within " + std::to_string(a.response_days) +
      " working days.\n\n";

  md +=
      "## Reporting accessibility problems with this portal\n\n"
      "We want to keep making this portal better. If you find a problem that is not listed "
      "on this page, or you think we are not meeting the accessibility rules, contact us:\n\n" +
      HowToContact(a) + "\n";

  md += "## Enforcement procedure\n\n";
  if (a.country == "northern-ireland") {
    md +=
        "The Equality Commission for Northern Ireland (ECNI) enforces the Public Sector "
        "Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 "
        "(the accessibility regulations) in Northern Ireland. If you are not happy with how "
        "we answer your complaint, [contact the Equality Commission for Northern "
        "Ireland](https://www.equalityni.org/Home).\n\n";
  } else {
    md +=
        "The Equality and Human Rights Commission (EHRC) enforces the Public Sector Bodies "
        "(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the "
        "accessibility regulations). If you are not happy with how we answer your complaint, "
        "[contact the Equality Advisory and Support Service "
        "(EASS)](https://www.equalityadvisoryservice.com/).\n\n";
  }

  md += "## Technical information about this portal's accessibility\n\n" + who +
        " is committed to making this portal accessible, as the accessibility regulations "
        "ask.\n\n";
  md += "### Compliance status\n\n";
  if (a.compliance == "fully") {
    md +=
        "This portal is fully compliant with the Web Content Accessibility Guidelines "
        "(WCAG) version 2.2 AA standard.\n\n";
  } else if (a.compliance == "partially") {
    md +=
        "This portal is partially compliant with the Web Content Accessibility Guidelines "
        "(WCAG) version 2.2 AA standard, because of the problems listed below.\n\n";
  } else {
    md +=
        "This portal is not compliant with the Web Content Accessibility Guidelines (WCAG) "
        "version 2.2 AA standard. The problems are listed below.\n\n";
  }

  md += "### Non-accessible content\n\n";
  md += "#### Non-compliance with the accessibility regulations\n\n";
  if (a.issues.empty()) {
    md += "We do not know of any content that fails the accessibility regulations.\n\n";
  } else {
    for (const AccessibilityIssue& issue : a.issues) {
      md += "- " + issue.problem;
      if (!issue.criteria.empty())
        md += " This fails WCAG 2.2 success criterion " + issue.criteria + ".";
      if (!issue.fix_by.empty()) md += " We plan to fix this by " + issue.fix_by + ".";
      md += "\n";
    }
    md += "\n";
  }
  md += "#### Disproportionate burden\n\n";
  md += a.disproportionate_burden.empty()
            ? "We do not claim that fixing any problem would be a disproportionate burden.\n\n"
            : Bullets(a.disproportionate_burden) + "\n";
  md += "#### Content that is not within the scope of the accessibility regulations\n\n";
  md += a.out_of_scope.empty() ? "None.\n\n" : Bullets(a.out_of_scope) + "\n";

  if (!a.improvements.empty()) {
    md += "## What we are doing to improve accessibility\n\n" + Bullets(a.improvements) + "\n";
  }

  md += "## Preparation of this accessibility statement\n\n";
  if (a.prepared_on) md += "This statement was prepared on " + a.prepared_on->Human() + ".";
  if (a.reviewed_on) md += " It was last reviewed on " + a.reviewed_on->Human() + ".";
  md += "\n\n";
  if (a.tested_on) {
    md += "This portal was last tested on " + a.tested_on->Human() + ", by " + a.tested_by + ". " +
          a.test_method + "\n";
  }
  return md;
}

std::optional<SourcePage> AccessibilityStatementPage(const SiteConfig& config) {
  if (!config.accessibility.present) return std::nullopt;
  SourcePage page;
  page.file = "site.yaml";
  page.generated = true;
  page.content_path = "accessibility.md";
  page.front.title = "Accessibility statement";
  page.front.title_location = config.accessibility.location;
  page.front.description =
      "How accessible this portal is, what does not work yet, and how to tell us about a "
      "problem.";
  page.front.audience = {"public"};
  page.front.updated = config.accessibility.reviewed_on ? config.accessibility.reviewed_on
                                                        : config.accessibility.prepared_on;
  page.body.file = "site.yaml";
  page.body.text = AccessibilityStatementMarkdown(config);
  page.body.first_line = config.accessibility.location.line;
  return page;
}

}  // namespace hearth
