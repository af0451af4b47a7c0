#!/usr/bin/env bash
# Shows that each PDF/UA check (tests/Brief.Tests/Print/PdfUaTests.cs) fails when the fix it guards is removed.
# For each fix: a clean copy of HEAD (a detached git worktree), that one fix taken out with sed, then the PDF/UA
# tests; the check named for the fix must fail, and without any change all must pass. Needs what the PDF tests
# need (chromium, poppler-utils). Slow (a build and two printed briefings per fix, about 3 minutes each on 2 cores).
#
#   bash tools/pdfua-fix-removal.sh            # prints one line per fix: the fix, the check expected, what failed
#   bash tools/pdfua-fix-removal.sh XMP        # only the fixes whose description contains XMP
set -euo pipefail
repo=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
tree="$work/tree"
git -C "$repo" worktree add --quiet --detach "$tree" HEAD
trap 'git -C "$repo" worktree remove --force "$tree"; rm -rf "$work"' EXIT

# name | file | sed expression that removes the fix | the check that must fail
fixes=(
  "none (HEAD as it is)|README.md|s/^\$//|"
  "Chromium's tagged output (structure tree, marked content, /Tabs /S)|src/Brief.Print/BrowserPage.cs|s/\[\"generateTaggedPDF\"\] = final/[\"generateTaggedPDF\"] = false/|Every_brief_is_tagged_with_a_structure_tree_and_marked_content"
  "the language of the page (<html lang>)|theme/layouts/brief.html|s/<html lang=\"[^\"]*\">/<html>/|Every_brief_declares_its_language_as_its_page_does"
  "the title in the Info dictionary|src/Brief.Print/PdfFile.cs|s/\"<<\/Title \").Append(PdfString(info.Title))/\"<<\")/|Every_brief_shows_its_title_not_its_file_name"
  "XMP metadata with pdfuaid:part|src/Brief.Print/PdfAccessibility.cs|s#\\\\n/Metadata {metadata} 0 R##|Every_brief_has_xmp_metadata_with_its_title_and_the_pdf_ua_identifier"
  "page furniture marked as artifacts|src/Brief.Print/PdfAccessibility.cs|s/^\( *\)MarkArtifacts(text, update, page);/\1_ = page;/|Every_mark_on_every_page_is_tagged_or_an_artifact_and_the_page_furniture_is_an_artifact"
  "alt text of images (an image printed without it)|src/Brief.Print/BriefPrinter.cs|s/img.loading = 'eager';/img.loading = 'eager'; img.removeAttribute('alt');/|Every_figure_has_alt_text"
  "header cells of the matrix|theme/partials/matrix.html|s/<th\b/<td/g; s/<\/th>/<\/td>/g|Every_table_has_header_cells"
  "bookmark titles read as the headings|src/Brief.Print/PdfAccessibility.cs|s/OutlineTitles.Amend(text, update, headings);//|Every_bookmark_reads_as_its_heading_does"
)

status=0
for entry in "${fixes[@]}"; do
  IFS='|' read -r name file expression expected <<<"$entry"
  [[ -z "${1:-}" || "$name" == *"$1"* ]] || continue
  git -C "$tree" checkout --quiet -- .
  sed -i -e "$expression" "$tree/$file"
  if [ -n "$expected" ] && git -C "$tree" diff --quiet; then
    echo "FIX NOT FOUND: $name (the sed expression changed nothing in $file)"; status=1; continue
  fi
  log="$work/test.log"
  (cd "$tree" && dotnet test tests/Brief.Tests -p:TreatWarningsAsErrors=false -p:EnforceCodeStyleInBuild=false \
      --filter "FullyQualifiedName~Brief.Tests.Print.PdfUaTests" >"$log" 2>&1) || true
  failed=$(grep -oE '^\s*Failed Brief\.Tests\.Print\.PdfUaTests\.[A-Za-z_]+' "$log" | sed 's/.*PdfUaTests\.//' | sort -u | paste -sd, - || true)
  passed=$(grep -oE 'Passed: +[0-9]+' "$log" | tail -1 || true)
  if [ -z "$expected" ]; then
    verdict=$([ -z "$failed" ] && [ -n "$passed" ] && echo ok || echo UNEXPECTED)
  else
    verdict=$([[ ",$failed," == *",$expected,"* ]] && echo ok || echo UNEXPECTED)
  fi
  [ "$verdict" = ok ] || status=1
  echo "$verdict | removed: $name | expected to fail: ${expected:-nothing} | failed: ${failed:-nothing} ($passed)"
done
exit $status
