//定义一个接口，用于限制person对象的具体属性

export interface PersonInter {
  id: string;
  name: string;
  age: number;
}
export interface NewslistType {
  img: string;
  title: string;
  content: string;
  text: string;
  cover: string;
  summary: string;
}
