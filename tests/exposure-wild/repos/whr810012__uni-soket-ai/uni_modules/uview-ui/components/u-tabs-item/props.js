export default {
    props: {

    }
}
