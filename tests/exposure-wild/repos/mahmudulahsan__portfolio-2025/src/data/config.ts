export const portfolioConfig = {
