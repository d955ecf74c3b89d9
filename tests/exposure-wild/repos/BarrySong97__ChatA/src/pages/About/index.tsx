import React, { FC } from "react";
export interface AboutProps {}
const About: FC<AboutProps> = () => {
  return <div>Hello About</div>;
};

export default About;
