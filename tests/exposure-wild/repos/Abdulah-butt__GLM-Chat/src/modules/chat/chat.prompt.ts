buyers across Canada and Australia, with export-grade quality, integrated cold chain logistics,
