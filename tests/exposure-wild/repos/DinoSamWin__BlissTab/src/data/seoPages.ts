export interface SeoPageData {
export const SEO_PAGES: SeoPageData[] = [
            subtitle: "StartlyTab helps you separate 'work mode' from 'life mode' directly inside your browser.",
                question: "Can I import my data from Momentum?",
