// export type DraftChild = Array<{
//   text: string
//   type?: string
//   alt?: string
//   value?: string
//   class?: string
// }>

// export type DraftData = Array<{
//   type: "paragraph"
//   children: DraftChild
// }>
