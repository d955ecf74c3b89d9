export interface BaseDataModel {
  id: string
  createdAt: number
  updatedAt: number
}
