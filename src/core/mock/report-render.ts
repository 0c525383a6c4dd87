/** The mock report's text and Markdown, as the report screen and the export show them (see src/core/judge/render.ts). */
export { renderReportMarkdown as renderMockReportMarkdown, renderReportText as renderMockReportText } from '../judge/render.js';
