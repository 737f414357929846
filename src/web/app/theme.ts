import { createTheme, type MantineColorsTuple } from "@mantine/core";

// A calm business blue; Japanese glyphs come from the system's Japanese fonts before Noto.
const brand: MantineColorsTuple = [
  "#e8f1ff",
  "#d0e0ff",
  "#a0beff",
  "#6c9bfc",
  "#427cf9",
  "#2768f8",
  "#175ef9",
  "#064ede",
  "#0045c7",
  "#003bb0",
];

const fontFamily = [
  "system-ui",
  "-apple-system",
  '"Segoe UI"',
  '"Hiragino Sans"',
  '"Hiragino Kaku Gothic ProN"',
  '"Noto Sans JP"',
  '"Noto Sans CJK JP"',
  "Meiryo",
  "sans-serif",
].join(", ");

export const theme = createTheme({
  primaryColor: "brand",
  colors: { brand },
  primaryShade: 7,
  fontFamily,
  headings: { fontFamily, fontWeight: "700" },
  defaultRadius: "md",
  cursorType: "pointer",
  components: {
    Badge: { defaultProps: { radius: "sm", tt: "none" } },
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: "xs" } },
  },
});
