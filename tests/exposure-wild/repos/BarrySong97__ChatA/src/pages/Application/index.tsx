import React, { FC } from "react";
export interface ApplicationProps {}
const Application: FC<ApplicationProps> = () => {
  return <div>Hello Application</div>;
};

export default Application;
