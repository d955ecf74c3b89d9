import React, { FC } from "react";
export interface AppearanceProps {}
const Appearance: FC<AppearanceProps> = () => {
  return <div>Hello Appearance</div>;
};

export default Appearance;
