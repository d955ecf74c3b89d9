/** @type {import('next').NextConfig} */
module.exports = {
  output: "export",
  productionBrowserSourceMaps: true,
  images: { unoptimized: true },
};
