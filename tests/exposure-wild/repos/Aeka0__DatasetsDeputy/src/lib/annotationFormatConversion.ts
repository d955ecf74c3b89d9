export {
  convertAnimaToAnima
} from "./annotationFormatConversion/converters/animaToAnima";
export {
  convertAnimaToBooruTag
} from "./annotationFormatConversion/converters/animaToBooruTag";
export {
  convertBooruTagToAnima
} from "./annotationFormatConversion/converters/booruTagToAnima";
export {
  buildAnnotationFormatConversionKey,
  getAnnotationFormatConverter,
  prepareAnnotationFormatConversion
} from "./annotationFormatConversion/registry";
export type {
  AnnotationFormat,
  AnnotationFormatConversionContext,
  AnnotationFormatConversionDependencies,
  AnnotationFormatConversionKey,
  AnnotationFormatConversionOptions,
  AnnotationFormatConverter,
  QualityWordPlacement,
  UsableAnnotationFormat
} from "./annotationFormatConversion/types";
